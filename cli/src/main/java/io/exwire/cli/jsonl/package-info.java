/**
 * The {@code --format jsonl} output: one JSON object per event and line, written by hand into a reused buffer
 * (no JSON library, no per-event object tree). The schema is documented in {@code docs/jsonl.md}.
 */
package io.exwire.cli.jsonl;
