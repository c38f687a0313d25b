package io.exwire.mexc;
