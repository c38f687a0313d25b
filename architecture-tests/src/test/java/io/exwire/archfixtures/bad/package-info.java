/**
 * Deliberately wrong code mirroring exwire's package conventions under this root: each class breaks one
 * architecture rule (named in its comment) so that RulesCatchViolationsTest can prove every rule reports it.
 * Never imported by the production rules (test classes are excluded there).
 */
package io.exwire.archfixtures.bad;
