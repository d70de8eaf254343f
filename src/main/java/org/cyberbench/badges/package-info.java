/**
 * Open Badges 3.0: each certificate is also a signed W3C Verifiable Credential its holder can take to
 * a wallet or another platform, with a public issuer profile, key and revocation status list that any
 * verifier can check, and a page where anyone can verify a badge file. Its API is
 * {@link org.cyberbench.badges.OpenBadges}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open Badges")
package org.cyberbench.badges;
