/**
 * Trainer-of-trainers: trainer profiles, the pathway an institution sets per course (train-the-trainer
 * certificate, observed co-delivered sessions, accreditation), accreditations with expiry and renewal,
 * and the cascade of who accredited whom with each trainer's reach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trainers")
package org.cyberbench.trainers;
