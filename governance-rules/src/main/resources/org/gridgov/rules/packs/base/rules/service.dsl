[condition][]本季度确认服务满{h:\d+}小时=$q : MemberQuarterCase( hours >= {h} )
[condition][]本季度服务满{h:\d+}小时或回应{n:\d+}项需求=$q : MemberQuarterCase( hours >= {h} || answered >= {n} )
[condition][]本季度有经确认的服务=$q : MemberQuarterCase( services >= 1 )
[consequence][]评为{n:\d}星=$q.stars({n});
