/**
 * SCORM 1.2 and 2004 packages: an editor uploads a zip, which is unpacked safely, its manifest read
 * and checked, and after a preview it joins the catalogue; a learner plays its first SCO in a page
 * that provides the SCORM run-time API, and the SCO's data (progress, score, bookmark, suspend data)
 * is stored per learner and resumed. Its API is {@link org.cyberbench.scorm.ScormPackages}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SCORM packages")
package org.cyberbench.scorm;
