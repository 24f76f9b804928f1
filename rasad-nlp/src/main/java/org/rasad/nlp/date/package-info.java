/**
 * Dates: {@link org.rasad.nlp.date.DateFinder} finds and resolves date expressions in analysed text against a
 * document date; {@link org.rasad.nlp.date.DocumentDateFinder} finds a document's own date in its text
 * (update lines, datelines, date stamps). Hijri dates are converted with ICU4J's Umm al-Qura calendar.
 */
package org.rasad.nlp.date;
