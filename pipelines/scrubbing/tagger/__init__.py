"""A token tagger learnt from the labelled development corpora: a linear-chain CRF
(python-crfsuite) that reads each word of a note with its shape, its neighbours and the
word lists deduce ships, and gives each word a probability of being part of a name, an
address, a postcode with municipality or a date of birth. The rules find the forms they
were written for; the tagger generalises to words and layouts no rule names
(docs/scrubbing.md, "The token tagger").

- ``features``: the tokens and the features of each (pure);
- ``training``: learns the model from the corpora (``python -m
  pipelines.scrubbing.tagger.training``), writes it and its manifest to ``data/``;
- ``recognizers/tagged_tokens.py`` reads the model and finds what it tags.
"""
