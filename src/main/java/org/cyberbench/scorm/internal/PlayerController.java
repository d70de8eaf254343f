package org.cyberbench.scorm.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.shared.i18n.Translations;
import org.cyberbench.shared.json.Json;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The SCORM player outside Vaadin: the page that hosts the SCO (it carries the run-time API, from
 * {@code runtime.js}, and the learner's data as JSON), the commits the API sends, and the package
 * files, served from the package's folder only. See {@link ScormSecurityConfiguration} for who may
 * call them and the framing rules.
 */
@RestController
class PlayerController {

    static final String PREFIX = "/scorm";
    private static final int COMMIT_TRIES = 3;
    /** What the player page says, by the name runtime.js uses. */
    private static final Map<String, String> PLAYER_TEXTS = Map.of("saving", "scorm.player.saving", "saved", "scorm.player.saved",
            "retrying", "scorm.player.retrying", "signedOut", "scorm.player.signedOut", "ended", "scorm.player.ended",
            "refused", "scorm.player.refused");

    private final ScormRuntime runtime;
    private final PackageRepository packages;
    private final PackageStorage storage;
    private final CurrentUser currentUser;
    private final Translations translations;

    PlayerController(ScormRuntime runtime, PackageRepository packages, PackageStorage storage, CurrentUser currentUser,
            Translations translations) {
        this.runtime = runtime;
        this.packages = packages;
        this.storage = storage;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** The commit the player sends: the values set since the last acknowledged commit. */
    record CommitRequest(long sequence, Map<String, String> values, boolean finish) {
    }

    @GetMapping(PREFIX + "/player/{packageId}")
    ResponseEntity<String> player(@PathVariable long packageId, HttpServletRequest request, Locale locale) {
        ScormRuntime.Launch launch;
        try {
            launch = runtime.launch(packageId);
        } catch (ScormPackageException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(translations.getTranslation(e.messageKey(), locale, e.arguments()));
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        CmiModel model = CmiModel.of(launch.version());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", launch.version().name());
        state.put("title", launch.title());
        state.put("launchUrl", request.getContextPath() + PREFIX + "/content/" + launch.contentPath());
        state.put("commitUrl", request.getContextPath() + PREFIX + "/attempts/" + launch.attemptId() + "/commit");
        state.put("attempt", launch.attemptId());
        state.put("sequence", launch.sequence());
        state.put("csrfHeader", csrf.getHeaderName());
        state.put("csrfToken", csrf.getToken());
        state.put("values", launch.values());
        state.put("completionThreshold", launch.settings().completionThreshold());
        state.put("scaledPassingScore", launch.settings().scaledPassingScore());
        state.put("model", model.definitions().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("access", d.access().name());
            m.put("format", d.format());
            m.put("min", d.min());
            m.put("max", d.max());
            m.put("spm", d.spm());
            m.put("requires", d.requires());
            return m;
        }).toList());
        state.put("children", model.children());
        state.put("arrays", model.arrays());
        Map<String, String> texts = new LinkedHashMap<>();
        PLAYER_TEXTS.forEach((name, key) -> texts.put(name, translations.getTranslation(key, locale)));
        state.put("texts", texts);
        // JSON inside a script element: nothing in it may close the element or open a comment
        String json = Json.write(state).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        String html = "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(launch.title())
                + "</title><style>html,body{margin:0;height:100%}body{display:flex;flex-direction:column;font-family:system-ui,sans-serif}"
                + "#sco{flex:1;border:0;width:100%}#scorm-status{font-size:.8rem;padding:.15rem .5rem;color:#444;min-height:1.1rem}"
                + "#scorm-status.problem{background:#fff3cd;color:#5c4400}#scorm-ended{padding:2rem;font-size:1.1rem}</style></head><body>"
                + "<div id=\"scorm-status\" role=\"status\" aria-live=\"polite\"></div>"
                + "<script type=\"application/json\" id=\"scorm-state\">" + json + "</script>"
                + "<script src=\"" + request.getContextPath() + PREFIX + "/runtime.js\"></script></body></html>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html);
    }

    @PostMapping(PREFIX + "/attempts/{attemptId}/commit")
    ResponseEntity<ScormRuntime.Committed> commit(@PathVariable long attemptId, @RequestBody CommitRequest commit) {
        Map<String, String> values = commit.values() == null ? Map.of() : commit.values();
        for (int tries = 1; ; tries++) {
            try {
                return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(runtime.commit(attemptId, commit.sequence(), values, commit.finish()));
            } catch (OptimisticLockingFailureException e) {
                // the same learner's other tab or a retried request saved this attempt a moment ago
                if (tries == COMMIT_TRIES) {
                    return ResponseEntity.status(HttpStatus.CONFLICT).build();
                }
            }
        }
    }

    @GetMapping(PREFIX + "/runtime.js")
    ResponseEntity<Resource> script() {
        return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(new ClassPathResource("scorm/runtime.js"));
    }

    @GetMapping(PREFIX + "/content/{key}/**")
    ResponseEntity<Resource> content(@PathVariable String key, HttpServletRequest request) {
        PackageEntity pack;
        try {
            pack = packages.findByStorageKey(PackageStorage.checkedKey(key)).orElse(null);
        } catch (ScormPackageException e) {
            pack = null;
        }
        boolean editor = currentUser.hasRole(Role.CONTENT_EDITOR) || currentUser.hasRole(Role.ADMIN);
        if (pack == null || (!pack.isPublished() && !editor)) {
            return ResponseEntity.notFound().build();
        }
        String prefix = request.getContextPath() + PREFIX + "/content/" + key + "/";
        String path = URLDecoder.decode(request.getRequestURI().substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        return storage.file(pack.getStorageKey(), path)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(file.getFileName().toString()).orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePrivate())
                        .body((Resource) new FileSystemResource(file)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
