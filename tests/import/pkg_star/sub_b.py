y = 'submodule b'
