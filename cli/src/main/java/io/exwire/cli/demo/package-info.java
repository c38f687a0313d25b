/**
 * {@code exwire demo}: Gate.io and MEXC simulators (spot and futures) from the testkit, started in-process on
 * loopback, and the same api calls an application makes against real venues: public and private websockets through
 * {@code Exchanges}, orders placed and canceled over the signed REST client. The simulators play the rest of the
 * market (book activity, fills of the demo's orders). This is the only package that uses the testkit.
 */
package io.exwire.cli.demo;
