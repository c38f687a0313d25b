/**
 * The venue-neutral order-book engine: primitive level storage, the SYNCING → LIVE synchroniser with buffering,
 * continuity rules supplied by adapters, gap detection, crossed-book guard and depth trimming.
 */
package io.exwire.core.marketdata.book;
