package org.cyberbench.trainers;

/** Where a person stands on the trainer pathway. */
public enum TrainerLevel {
    CANDIDATE, TRAINER, MASTER_TRAINER;

    public String labelKey() {
        return "trainer.level." + name();
    }
}
