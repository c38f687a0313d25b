/**
 * Gate.io wire pieces shared by the public and the private adapters: endpoints, symbol spelling, the frame
 * envelope scanner, request encoding, lenient number reading and REST error mapping. Knows nothing of credentials.
 */
package io.exwire.gateio.wire;
