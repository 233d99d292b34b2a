[condition][]表决{category:\S+}类议题=$c : CountingCase( within("{category}") )
[condition][]表决涉及{n:\d+}户以上的议题=$c : CountingCase( households >= {n} )
[condition][]{kind:\S+}表决议题=$c : CountingCase( bodyKind == "{kind}" )
[consequence][]须{share:\S+}赞成=$c.majority("{share}");
[consequence][]须{share:\S+}席位到会=$c.quorum("{share}");
[consequence][]{seat:\S+}席位必须到会=$c.requireSeat("{seat}");
[consequence][]按{base:\S+}计票=$c.countOf("{base}");
[consequence][]至少{n:\d+}票=$c.minimumVotes({n});
