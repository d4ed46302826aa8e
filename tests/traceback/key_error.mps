# uncaught KeyError prints the repr of the key
config = {'host': 'localhost', 'port': 8080}
print(config['host'])
def get_setting(name):
    return config[name]
print(get_setting('port'))
print(get_setting('timeout'))
