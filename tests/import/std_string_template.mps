from string import Template
t = Template('$who likes $what, ${who}s pay $$5 for $what_else.')
print(t.substitute(who='tim', what='kung pao', what_else='rice'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what_else='cake'))
print(t.safe_substitute(who='bob'))
for tpl, kw in (('$who', {}), ('cost: $', {}), ('${who', {'who': 1}), ('line1\nbad $1 here', {}), ('$ x', {})):
    try:
        print(Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$a and ${b} and $a $$c').get_identifiers())
print(Template('ok $x').is_valid(), Template('bad $').is_valid())
print(Template('${x}y $x_1 $é').safe_substitute(x='X', x_1=2))
print(Template('100$$').substitute(), Template('$a$b').substitute(a=1, b=[2]))
