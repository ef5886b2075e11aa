// Builds a very large page while it is being parsed (so the page is complete at DOMContentLoaded):
// `data-blocks` sections of deterministic filler prose, about 14 nodes and 400 characters each.
// The filler never mentions the story; pages that are about it add their article after it.
(() => {
  const script = document.currentScript;
  const blocks = Number(script.dataset.blocks || 12500);
  const words = ('garden soil compost seedling trowel mulch harvest orchard pruning lettuce basil thyme ' +
    'rosemary bucket ladder greenhouse frost watering sunlight shade hedge meadow pollen clover ' +
    'beetroot carrot parsnip onion garlic squash pumpkin marrow bean pea trellis fence path gravel').split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const sentence = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += (i ? ' ' : '') + words[next() % words.length];
    return s.charAt(0).toUpperCase() + s.slice(1) + '. ';
  };
  const host = document.getElementById('filler');
  const frag = document.createDocumentFragment();
  for (let b = 0; b < blocks; b++) {
    const section = document.createElement('section');
    const h = document.createElement('h3');
    h.textContent = 'Note ' + (b + 1) + ': ' + sentence(3);
    const p1 = document.createElement('p');
    const em = document.createElement('em');
    em.textContent = sentence(4);
    const a = document.createElement('a');
    a.href = '#note-' + b;
    a.textContent = sentence(2);
    p1.append(sentence(14), em, sentence(12), a, sentence(8));
    const p2 = document.createElement('p');
    p2.textContent = sentence(16);
    section.append(h, p1, p2);
    frag.append(section);
  }
  host.append(frag);
})();
