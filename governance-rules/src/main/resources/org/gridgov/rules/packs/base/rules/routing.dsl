[condition][]事项属于{category:\S+}类=$c : RoutingCase( within("{category}") )
[consequence][]由{level:\S+}的{type:\S+}承办=$c.handleBy("{level}", "{type}");
[consequence][]协办方为{level:\S+}的{type:\S+}=$c.coHandle("{level}", "{type}");
[consequence][]办理时限为{limit:\S+}=$c.limit("{limit}");
