package org.cyberbench.course;

import org.commonmark.node.Node;

/**
 * A hook into lesson rendering: gets the parsed Markdown of a lesson in its language before it is
 * turned into HTML. The glossary module uses it to link the first occurrence of each term.
 */
public interface LessonTextDecorator {

    void decorate(Node document, String language);

    /**
     * Changes whenever this decorator would decorate the same text differently (the glossary was
     * edited): rendered text is kept until then.
     */
    long generation();
}
