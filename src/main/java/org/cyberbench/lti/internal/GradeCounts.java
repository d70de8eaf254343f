package org.cyberbench.lti.internal;

import java.util.HashMap;
import java.util.Map;
import org.cyberbench.shared.db.NativeRows;
import org.springframework.stereotype.Component;

/** Scores waiting and refused, per platform, for the admin screen. */
@Component
public class GradeCounts {

    private final GradeRepository grades;

    GradeCounts(GradeRepository grades) {
        this.grades = grades;
    }

    /** Platform id → {waiting, refused}. */
    public Map<Long, long[]> byPlatform() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : grades.countsByPlatform()) {
            counts.put(NativeRows.number(row[0]), new long[] {NativeRows.number(row[1]), NativeRows.number(row[2])});
        }
        return counts;
    }
}
