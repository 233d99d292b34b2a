# 中文句子 (Chinese sentences)
[when]事件属于{c:\S+}类=$c : RoutingCase(within("{c}"))
[when]事件来自{ch:\S+}渠道=$c : RoutingCase(channel == "{ch}")
[then]交给{l:\S+}处理=$c.handleAt("{l}");
[then]时限为{t:\S+}=$c.limit("{t}");
