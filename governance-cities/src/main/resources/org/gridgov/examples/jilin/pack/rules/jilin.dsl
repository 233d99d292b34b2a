[condition][]事项属于{category:[a-z][a-z.\-]*}类=$c : RoutingCase( within("{category}") )
[condition][]事项来自小板凳议事会=$c : RoutingCase( channel == "deliberation" )
[consequence][]由社区居委会牵头办理=$c.handleBy("community", "residents-committee");
[consequence][]由社区平安民生服务负责人牵头办理=$c.handleBy("community", "", "safety-lead");
[consequence][]街道司法所协办=$c.coHandle("street", "justice-office");
[consequence][]请街道党建联盟的民政联络员协办=$c.coHandleFromAlliance("street", "civil-affairs-bureau");
[consequence][]请街道党建联盟的教育联络员协办=$c.coHandleFromAlliance("street", "education-bureau");
[consequence][]请街道党建联盟的卫生健康联络员协办=$c.coHandleFromAlliance("street", "health-bureau");
[consequence][]办理时限为{limit:[0-9]+\s*(?:个工作日|天|小时)}=$c.limit("{limit}");
