/**
 * Named-entity evaluation: {@link org.rasad.extract.ner.NerEvaluator} scores a
 * {@link org.rasad.extract.ner.NerTagger} on a CoNLL file (conlleval exact spans, PER/LOC/ORG, MISC not
 * scored). {@link org.rasad.extract.ner.RuleNerTagger} is the shipped tagger built on the actor layer,
 * read over consecutive sentences (a surname after its full name), plus a lexicon and organisation shapes
 * that only this tagger uses ({@code NerLexicon}, {@code OrgShapes});
 * {@link org.rasad.extract.ner.PerceptronNerTagger} is trained in memory at evaluation time only.
 */
package org.rasad.extract.ner;
