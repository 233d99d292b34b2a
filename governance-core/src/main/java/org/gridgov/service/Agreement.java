package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.timeline.Change;

/**
 * A unit's joint-building agreement with a community (结对共建): the community's needs and the unit's resources as
 * typed entries (需求清单、资源清单), matched pair by pair into projects (项目清单) that start and are done. Each entry is
 * used by one project; whether a need and a resource match is the service policy's decision, made when the command
 * is given (replay does not ask again, so a changed pack never rewrites history).
 * Refusal codes: {@code duplicate-entry}, {@code unknown-entry}, {@code entry-used}, {@code unknown-project},
 * {@code wrong-step}, {@code wrong-kind}.
 */
public final class Agreement extends ServiceAggregate {
    /** Where a project stands. */
    public enum Stage {
        /** Matched, not started. */
        PROPOSED,
        /** Started. */
        STARTED,
        /** Done. */
        DONE
    }

    private final ServiceEvent.AgreementSigned signed;
    private final Map<String, ServiceEvent.Listed> entries = new LinkedHashMap<>();
    private final Map<String, ServiceEvent.ProjectMatched> projects = new LinkedHashMap<>();
    private final Map<String, Stage> stages = new LinkedHashMap<>();

    private Agreement(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.signed = (ServiceEvent.AgreementSigned) timeline.get(0);
        for (ServiceEvent e : timeline) {
            if (e instanceof ServiceEvent.Listed l) {
                entries.put(l.key(), l);
            } else if (e instanceof ServiceEvent.ProjectMatched m) {
                projects.put(m.project(), m);
                stages.put(m.project(), Stage.PROPOSED);
            } else if (e instanceof ServiceEvent.ProjectStarted s) {
                stages.put(s.project(), Stage.STARTED);
            } else if (e instanceof ServiceEvent.ProjectDone d) {
                stages.put(d.project(), Stage.DONE);
            }
        }
    }

    /** Signs an agreement: the first event. */
    public static Change<Agreement, ServiceEvent> sign(ServiceEvent.AgreementSigned e) {
        return new Change.Accepted<>(new Agreement(ImmutableList.of(e)), e);
    }

    /**
     * The agreement a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with a signing or holds an event it refuses
     */
    public static Agreement replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.AgreementSigned,
                "an agreement starts with its signing");
        return Timeline.replay(timeline, new Agreement(ImmutableList.of(timeline.get(0))), Agreement::apply);
    }

    /** Applies an event if the agreement accepts it. */
    public Change<Agreement, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), Agreement::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (e instanceof ServiceEvent.Listed l) {
            return entries.containsKey(l.key()) ? Timeline.no("duplicate-entry", "清单中已有 " + l.key(),
                    "the lists have " + l.key() + " already") : Optional.empty();
        }
        if (e instanceof ServiceEvent.ProjectMatched m) {
            return matchable(m);
        }
        String project = e instanceof ServiceEvent.ProjectStarted s ? s.project()
                : e instanceof ServiceEvent.ProjectDone d ? d.project() : null;
        if (project == null) {
            return Timeline.no("wrong-kind", "这不是共建协议的事件", "not an event of an agreement");
        }
        if (!stages.containsKey(project)) {
            return Timeline.no("unknown-project", "没有项目 " + project, "there is no project " + project);
        }
        Stage needed = e instanceof ServiceEvent.ProjectStarted ? Stage.PROPOSED : Stage.STARTED;
        return stages.get(project) == needed ? Optional.empty() : Timeline.no("wrong-step", "项目须先启动再完成",
                "a project starts before it is done");
    }

    private Optional<Rejection> matchable(ServiceEvent.ProjectMatched m) {
        ServiceEvent.Listed need = entries.get(m.need());
        ServiceEvent.Listed resource = entries.get(m.resource());
        if (need == null || !need.need() || resource == null || resource.need()) {
            return Timeline.no("unknown-entry", "需求清单须有 " + m.need() + "，资源清单须有 " + m.resource(),
                    "the needs must list " + m.need() + " and the resources " + m.resource());
        }
        if (projects.containsKey(m.project()) || projects.values().stream().anyMatch(p -> p.need().equals(m.need())
                || p.resource().equals(m.resource()))) {
            return Timeline.no("entry-used", "项目编号或清单条目已被使用", "the project id, the need or the resource is used");
        }
        return Optional.empty();
    }

    /** The unit. */
    public OrganizationId unit() {
        return signed.unit();
    }

    /** The community. */
    public NodeId community() {
        return signed.community();
    }

    /** The entries of both lists, by key, in the order listed. */
    public Map<String, ServiceEvent.Listed> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** The projects, by id, in the order matched. */
    public Map<String, ServiceEvent.ProjectMatched> projects() {
        return java.util.Collections.unmodifiableMap(projects);
    }

    /** Where a project stands. */
    public Optional<Stage> stage(String project) {
        return Optional.ofNullable(stages.get(project));
    }

    @Override
    public String toString() {
        return "Agreement[" + id() + ", " + entries.size() + " entries, " + projects.size() + " projects]";
    }
}
