package org.cyberbench.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A participant's evaluation after the event, each rating 1 (poor) to 5 (excellent). */
public record EvaluationForm(@Min(1) @Max(5) int relevance, @Min(1) @Max(5) int quality, @Min(1) @Max(5) int practical,
        @Size(max = 2000) String comment) {
}
