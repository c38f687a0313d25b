package io.exwire.gateio;
