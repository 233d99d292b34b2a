package org.gridgov.authorization;

import java.util.Arrays;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/** The commands the engine takes, as permissions name them ({@code resolve}, {@code check-in}, …). */
public enum CommandKind {
    REPORT("report", "上报", "report"),
    ACCEPT("accept", "接单", "accept"),
    REJECT_DISPATCH("reject-dispatch", "退单", "reject the dispatch of"),
    SUMMON("summon", "吹哨召集", "summon a party to"),
    CHECK_IN("check-in", "报到", "check in to"),
    CONSULT("consult", "会商", "consult on"),
    RESOLVE("resolve", "办结", "resolve"),
    FEEDBACK("feedback", "反馈", "give feedback on"),
    RATE("rate", "评价", "rate"),
    EXCLUDE("exclude", "不纳入考核", "exclude from evaluation"),
    CLOSE("close", "关闭", "close"),
    NOTE("note", "备注", "add a note to"),
    SWITCH_MODE("switch-mode", "切换平急状态", "switch the mode of"),
    EXPORT_PERSONAL_DATA("export-personal-data", "导出含个人信息的记录", "export with personal data the records of"),
    PROPOSE("propose", "提出议题", "propose an item at"),
    SUPPORT("support", "附议", "support an item at"),
    TABLE("table", "列入议程", "table an item at"),
    WITHDRAW("withdraw", "撤回议题", "withdraw an item at"),
    CONVENE("convene", "召集、主持会议", "convene or chair a meeting at"),
    VOTE("vote", "表决", "vote at"),
    DECIDE("decide", "形成决议", "put to the vote and resolve an item at"),
    REPORT_BACK("report-back", "反馈落实情况", "report back on an item at"),
    EVALUATE("evaluate", "评价议题成效", "rate the outcome of an item at"),
    REVIEW("review", "评议议题", "review an item at"),
    REGISTER_REPORT_IN("register-report-in", "网上报到", "register a report-in at"),
    CONFIRM_REPORT_IN("confirm-report-in", "确认报到", "confirm a report-in at"),
    PUBLISH_WISH("publish-wish", "发布或撤回微心愿", "publish or withdraw a micro-wish at"),
    CLAIM_WISH("claim-wish", "认领微心愿", "claim a micro-wish at"),
    SUBMIT_SERVICE("submit-service", "申报服务", "submit a service at"),
    CONFIRM_SERVICE("confirm-service", "核实、确认或冲销服务", "verify, confirm or reverse a service at"),
    PLACE_ORDER("place-order", "居民点单", "order from the service menu at"),
    DISPATCH_ORDER("dispatch-order", "社区派单、组织晒单", "dispatch or publish a menu order at"),
    TAKE_ORDER("take-order", "党员接单", "take a menu order at"),
    PUBLISH_POST("publish-post", "发布服务岗位", "publish a service post at"),
    CLAIM_POST("claim-post", "认领服务岗位", "claim a service post at"),
    JOINT_BUILDING("joint-building", "结对共建签约、清单与项目", "sign, list and run joint-building projects at"),
    SERVICE_FEEDBACK("service-feedback", "双向反馈", "send or acknowledge a service statement at");

    private final String key;
    private final Bilingual verb;

    CommandKind(String key, String zh, String en) {
        this.key = key;
        this.verb = Bilingual.of(zh, en);
    }

    /** The name permission files use. */
    public String key() {
        return key;
    }

    /** The command as a verb: {@code 办结 / resolve}. */
    public Bilingual verb() {
        return verb;
    }

    /** The command a permission file names, if any. */
    public static Optional<CommandKind> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
