package org.cyberbench.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled value in a page's "facts" grid (small upper-case label above the value). */
public final class Fact extends Div {

    public Fact(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        add(caption, new Span(value == null || value.isBlank() ? "—" : value));
        addClassName("fact");
    }
}
