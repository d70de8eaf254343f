package org.cyberbench.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A deep-linking launch kept on the server under a random id: the picker reads it for its own user,
 * and the signed response waits here until the browser carries it back to the platform, once.
 */
@Entity
@Table(name = "lti_launch")
public class LaunchEntity {

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "deployment_id", nullable = false, length = 255)
    private String deploymentId;

    @Column(name = "context_title", length = 500)
    private String contextTitle;

    @Column(name = "return_url", nullable = false, length = 2000)
    private String returnUrl;

    @Column(name = "accept_multiple", nullable = false)
    private boolean acceptMultiple;

    @Column(name = "accept_line_item", nullable = false)
    private boolean acceptLineItem;

    @Column(name = "accept_window", nullable = false)
    private boolean acceptWindow;

    @Column(length = 2000)
    private String data;

    @Column(name = "response_jwt", columnDefinition = "TEXT")
    private String responseJwt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LaunchEntity() {
    }

    LaunchEntity(String id, long userId, long platformId, LtiMessage message, Instant now, Instant expiresAt) {
        this.id = id;
        this.userId = userId;
        this.platformId = platformId;
        this.deploymentId = message.deploymentId();
        this.contextTitle = message.context() == null ? null : message.context().title();
        this.returnUrl = message.deepLinking().returnUrl();
        this.acceptMultiple = message.deepLinking().acceptMultiple();
        this.acceptLineItem = message.deepLinking().acceptLineItem();
        this.acceptWindow = message.deepLinking().acceptWindow();
        this.data = message.deepLinking().data();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getPlatformId() {
        return platformId;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getContextTitle() {
        return contextTitle;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public boolean isAcceptMultiple() {
        return acceptMultiple;
    }

    public boolean isAcceptLineItem() {
        return acceptLineItem;
    }

    public boolean isAcceptWindow() {
        return acceptWindow;
    }

    public String getData() {
        return data;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isResponded() {
        return respondedAt != null;
    }

    public void respond(String jwt, Instant at) {
        this.responseJwt = jwt;
        this.respondedAt = at;
    }

    /** The signed response, handed out once. */
    public String takeResponse() {
        String jwt = responseJwt;
        responseJwt = null;
        return jwt;
    }
}
