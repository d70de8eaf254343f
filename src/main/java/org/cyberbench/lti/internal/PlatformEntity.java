package org.cyberbench.lti.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cyberbench.lti.PlatformStatus;
import org.cyberbench.lti.RegistrationMethod;
import org.cyberbench.shared.AbstractEntity;

/** A registered LMS: its issuer and our client id there, its deployments and its OAuth/OIDC endpoints. */
@Entity
@Table(name = "lti_platform")
public class PlatformEntity extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 255)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 255)
    private String clientId;

    @Column(name = "auth_url", nullable = false, length = 1000)
    private String authUrl;

    @Column(name = "token_url", nullable = false, length = 1000)
    private String tokenUrl;

    @Column(name = "jwks_url", nullable = false, length = 1000)
    private String jwksUrl;

    @Column(name = "granted_scopes", length = 2000)
    private String grantedScopes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlatformStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_how", nullable = false, length = 16)
    private RegistrationMethod registeredHow;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by")
    private Long registeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "deployment_id", nullable = false, length = 255)
    private Set<String> deploymentIds = new LinkedHashSet<>();

    protected PlatformEntity() {
    }

    public PlatformEntity(String name, String issuer, String clientId, String authUrl, String tokenUrl, String jwksUrl,
            PlatformStatus status, RegistrationMethod registeredHow, Instant registeredAt, Long registeredBy) {
        this.name = name.strip();
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.authUrl = authUrl.strip();
        this.tokenUrl = tokenUrl.strip();
        this.jwksUrl = jwksUrl.strip();
        this.status = status;
        this.registeredHow = registeredHow;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public void addDeployment(String deploymentId) {
        deploymentIds.add(deploymentId.strip());
    }

    public boolean hasDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds.contains(deploymentId);
    }

    public List<String> getDeploymentIds() {
        return List.copyOf(deploymentIds);
    }

    public boolean isActive() {
        return status == PlatformStatus.ACTIVE;
    }

    public void setStatus(PlatformStatus status) {
        this.status = status;
    }

    /** Scopes granted at registration; empty when unknown (added by hand). */
    public Set<String> grantedScopes() {
        return grantedScopes == null || grantedScopes.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(grantedScopes.strip().split("\\s+")));
    }

    public void setGrantedScopes(String grantedScopes) {
        this.grantedScopes = grantedScopes;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public PlatformStatus getStatus() {
        return status;
    }

    public RegistrationMethod getRegisteredHow() {
        return registeredHow;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
