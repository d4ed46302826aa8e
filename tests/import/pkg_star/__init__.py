# a package whose __all__ names submodules and an attribute
__all__ = ['sub_a', 'sub_b', 'value']
value = 'attribute of the package'
