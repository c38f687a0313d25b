/** Run control shared by every command: exit codes, the stop signal and usage errors. A leaf package. */
package io.exwire.cli.control;
