/**
 * The message machinery that explanations and notices share: {@link
 * io.parcelclaims.message.MessageSource sources} of patterns per locale (the one way a module ships
 * its bundles), the {@link io.parcelclaims.message.MessageArg arguments} of a message, and the
 * {@link io.parcelclaims.message.Wording words} a reader sees for them. Depends only on money.
 */
package io.parcelclaims.message;
