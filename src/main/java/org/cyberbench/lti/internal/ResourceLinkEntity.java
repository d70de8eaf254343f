package org.cyberbench.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.cyberbench.shared.AbstractEntity;

/**
 * A placement of Cyberbench in an LMS course (resource link): what it opens, and the service addresses
 * the platform sent with its latest launch (they may change, e.g. when a grade item is added).
 */
@Entity
@Table(name = "lti_resource_link")
class ResourceLinkEntity extends AbstractEntity {

    enum Kind { COURSE, SCENARIO }

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "deployment_id", nullable = false, length = 255)
    private String deploymentId;

    @Column(name = "resource_link_id", nullable = false, length = 255)
    private String resourceLinkId;

    @Column(length = 500)
    private String title;

    @Column(name = "context_id", length = 255)
    private String contextId;

    @Column(name = "context_title", length = 500)
    private String contextTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 16)
    private Kind targetKind;

    @Column(name = "target_slug", length = 100)
    private String targetSlug;

    @Column(name = "lineitems_url", length = 1000)
    private String lineitemsUrl;

    @Column(name = "lineitem_url", length = 1000)
    private String lineitemUrl;

    @Column(name = "ags_scopes", length = 1000)
    private String agsScopes;

    @Column(name = "memberships_url", length = 1000)
    private String membershipsUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ResourceLinkEntity() {
    }

    ResourceLinkEntity(long platformId, String deploymentId, String resourceLinkId, Instant now) {
        this.platformId = platformId;
        this.deploymentId = deploymentId;
        this.resourceLinkId = resourceLinkId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes what the latest launch says; a target already known stays when the launch names none. */
    void update(LtiMessage message, Kind kind, String slug, Instant now) {
        this.title = Texts.cut(message.resourceLinkTitle(), 500);
        this.contextId = message.context() == null ? null : message.context().id();
        this.contextTitle = message.context() == null ? null : Texts.cut(message.context().title(), 500);
        if (kind != null) {
            this.targetKind = kind;
            this.targetSlug = slug;
        }
        LtiMessage.Ags ags = message.ags();
        this.lineitemsUrl = ags == null ? null : ags.lineitems();
        if (ags == null || ags.lineitem() != null || ags.lineitems() == null) {
            this.lineitemUrl = ags == null ? null : ags.lineitem();
        }
        this.agsScopes = ags == null ? null : String.join(" ", ags.scopes());
        this.membershipsUrl = message.membershipsUrl();
        this.updatedAt = now;
    }


    boolean sendsGrades() {
        return lineitemUrl != null || lineitemsUrl != null;
    }

    Set<String> agsScopes() {
        return agsScopes == null || agsScopes.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(agsScopes.split("\\s+")));
    }

    long getPlatformId() {
        return platformId;
    }

    String getResourceLinkId() {
        return resourceLinkId;
    }

    String getTitle() {
        return title;
    }

    String getContextId() {
        return contextId;
    }

    String getContextTitle() {
        return contextTitle;
    }

    Kind getTargetKind() {
        return targetKind;
    }

    String getTargetSlug() {
        return targetSlug;
    }

    String getLineitemsUrl() {
        return lineitemsUrl;
    }

    String getLineitemUrl() {
        return lineitemUrl;
    }

    /** The line item found or created at the platform when the launch named only the container. */
    void setLineitemUrl(String lineitemUrl) {
        this.lineitemUrl = lineitemUrl;
    }

    String getMembershipsUrl() {
        return membershipsUrl;
    }
}
