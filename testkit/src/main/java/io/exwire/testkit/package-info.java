/** Simulators, fault injection and the conformance kit. */
package io.exwire.testkit;
