/**
 * The multilingual glossary: concepts and their terms per language, TBX import and export, the
 * Lucene index and search, and the links from lesson text to the glossary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Glossary")
package org.cyberbench.glossary;
