/**
 * The shared course model (course, version, module, lesson, quiz, jurisdiction note), its
 * validating, all-or-nothing importer from {@code course-content/} and the exporter back to files.
 * Online modules, classroom scenarios, the glossary and certification all build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courses")
package org.cyberbench.course;
