/**
 * A fixture for the architecture tests: a miniature of the SDK's packages (same names, relative to
 * this package) in which each layer rule is broken by one wrong import, so that
 * {@code ArchitectureRulesCanFailTest} can show every rule reports what it should. Never used by
 * code; only its class files are read.
 */
package io.parcelclaims.archfixture;
