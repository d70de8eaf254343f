package org.cyberbench.scorm;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where unpacked SCORM packages are kept and how large a package may be. Sizes are counted on the
 * bytes actually unpacked, never on what the zip claims.
 *
 * @param storage     the folder that holds one sub-folder per package (shared by every node when there are several)
 * @param maxUpload   the largest zip an editor may upload
 * @param maxEntries  the most files and folders in one zip
 * @param maxUnpacked the most bytes one package may unpack to
 * @param maxRatio    the most one zip may expand (unpacked bytes over zip bytes, and per file over its compressed size), against zip bombs
 */
@ConfigurationProperties("cyberbench.scorm")
public record ScormProperties(Path storage, @DefaultValue("500MB") DataSize maxUpload, @DefaultValue("20000") int maxEntries,
        @DefaultValue("2GB") DataSize maxUnpacked, @DefaultValue("100") int maxRatio) {
}
