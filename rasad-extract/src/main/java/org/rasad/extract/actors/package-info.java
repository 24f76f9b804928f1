/**
 * The actor layer: the knowledge base ({@link org.rasad.extract.actors.ActorKb}, TSV resources in
 * {@code org/rasad/extract/actors/}, see its README) and the resolver
 * ({@link org.rasad.extract.actors.ActorResolver}) that turns analysed text into actor mentions:
 * longest knowledge-base match per token (proclitics stripped with {@link org.rasad.extract.actors.ArabicKey}),
 * role phrases with state and name, titles, institutions, groups, then in-document coreference
 * (surnames, bare roles, "نظيره", "الجانبان") and office-at-date lookups.
 */
package org.rasad.extract.actors;
