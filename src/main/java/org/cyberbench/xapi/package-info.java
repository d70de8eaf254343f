/**
 * xAPI: what learners do (course launched, lesson experienced and completed, quiz questions answered,
 * quizzes passed or failed, courses completed, scenario decisions) becomes xAPI 1.0.3 statements,
 * queued in MariaDB in the same transaction as the learning record and sent to an external Learning
 * Record Store, retried until it accepts them. Its API is {@link org.cyberbench.xapi.XapiOutbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "xAPI (learning records to an LRS)")
package org.cyberbench.xapi;
