package org.cyberbench.course;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small, valid course tree that tests copy and break one file at a time. */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    public static Map<String, String> smallCourse(String slug, int version) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("courses/" + slug + "/course.yaml", """
                slug: %s
                version: %d
                level: introductory
                audiences: [judge, prosecutor]
                deliveryModes: [online]
                languages: [en, fr]
                estimatedMinutes: 30
                passMark: 60
                certificateValidityMonths: 12
                title:
                  en: Test course %s
                  fr: Cours d'essai %s
                summary:
                  en: A short course for tests.
                  fr: Un cours court pour les tests.
                outcomes:
                  - en: Recognise a production order.
                    fr: Reconnaître une injonction de produire.
                modules:
                  - 01-basics
                """.formatted(slug, version, slug, slug));
        files.put("courses/" + slug + "/01-basics/module.yaml", """
                slug: basics
                title: {en: Basics, fr: Notions de base}
                summary: {en: The basics., fr: Les bases.}
                estimatedMinutes: 30
                objectives:
                  - {en: Know the basics., fr: Connaître les bases.}
                references: ["ETS185 Art. 18"]
                lessons:
                  - slug: first
                    kind: reading
                    estimatedMinutes: 10
                    title: {en: First lesson, fr: Première leçon}
                  - slug: second
                    kind: checklist
                    estimatedMinutes: 10
                    title: {en: Second lesson, fr: Deuxième leçon}
                """);
        files.put("courses/" + slug + "/01-basics/first.en.md", "## What you will be able to do\n\nRead [the checklist](lesson:basics/second).\n");
        files.put("courses/" + slug + "/01-basics/first.fr.md", "## Ce que vous saurez faire\n\nLire [la liste](lesson:basics/second).\n");
        files.put("courses/" + slug + "/01-basics/second.en.md", "## Checklist\n\n- Ask for the legal basis.\n");
        files.put("courses/" + slug + "/01-basics/second.fr.md", "## Liste\n\n- Demander la base légale.\n");
        files.put("courses/" + slug + "/01-basics/quiz.yaml", """
                questions:
                  - id: q1
                    type: single
                    reference: "ETS185 Art. 18"
                    text: {en: "Which power?", fr: "Quel pouvoir ?"}
                    options:
                      - id: a
                        correct: true
                        text: {en: Production order, fr: Injonction de produire}
                        feedback: {en: Right., fr: Exact.}
                      - id: b
                        correct: false
                        text: {en: Interception, fr: Interception}
                        feedback: {en: No., fr: Non.}
                  - id: q2
                    type: true_false
                    reference: "ETS185 Art. 15"
                    text: {en: Safeguards apply., fr: Les sauvegardes s'appliquent.}
                    options:
                      - id: "true"
                        correct: true
                        text: {en: True, fr: Vrai}
                        feedback: {en: Yes., fr: Oui.}
                      - id: "false"
                        correct: false
                        text: {en: False, fr: Faux}
                        feedback: {en: No., fr: Non.}
                  - id: q3
                    type: ordering
                    reference: "ETS185 Art. 16"
                    text: {en: Put in order., fr: Mettez dans l'ordre.}
                    options:
                      - id: a
                        text: {en: Preserve, fr: Conserver}
                        feedback: {en: First., fr: D'abord.}
                      - id: b
                        text: {en: Produce, fr: Produire}
                        feedback: {en: Then., fr: Ensuite.}
                """);
        return files;
    }
}
