package org.cyberbench.course;

import com.vaadin.flow.component.html.Div;

/**
 * Text that {@link LessonRenderer} has rendered and sanitised (lessons, scenario narratives,
 * briefings, injects), shown as it is: the string is set once, not parsed again on the server, so
 * every session showing the same text shares the one kept by the renderer.
 */
public class LessonBody extends Div {

    /** @param sanitisedHtml what {@link LessonRenderer#toHtml} returned; nothing else may be passed here */
    public LessonBody(String sanitisedHtml) {
        addClassName("lesson-body");
        getElement().setProperty("innerHTML", sanitisedHtml);
    }
}
