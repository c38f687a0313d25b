package io.exwire.archfixtures.bad.core.trading;

/** A superclass slipped above a core base (see PrivateFuturesWebsocket). */
public abstract class AbstractPrivateBase {
}
