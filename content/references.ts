/**
 * The works each lesson cites or builds on, shown under every level of the lesson in every
 * language ("References and further reading"), as published: titles and author names stay in
 * their original script. `cited: false` marks further reading the text does not name; every
 * other entry is named in the lesson (tests/content/references.test.ts checks both ways).
 */
export interface Reference {
  /** As on the title page, "Surname, I." joined by commas; "et al." after six. */
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  /** Journal, proceedings, publisher or series, with volume and pages when there are any. */
  readonly venue: string;
  /** A stable address: the DOI or arXiv page, or the publisher's. */
  readonly url?: string;
  /** Where in the work to look, e.g. "§6.2.2.3". */
  readonly where?: string;
  /** False for further reading that the lesson does not name. */
  readonly cited?: false;
}

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;
const doi = (id: string) => `https://doi.org/${id}`;

const GOODFELLOW: Reference = {
  authors: 'Goodfellow, I., Bengio, Y., Courville, A.',
  year: 2016,
  title: 'Deep Learning',
  venue: 'MIT Press',
  url: 'https://www.deeplearningbook.org/',
};
const BRIDLE: Reference = {
  authors: 'Bridle, J. S.',
  year: 1990,
  title:
    'Probabilistic interpretation of feedforward classification network outputs, with relationships to statistical pattern recognition',
  venue:
    'Neurocomputing: Algorithms, Architectures and Applications, NATO ASI Series F 68, Springer, 227–236',
  url: doi('10.1007/978-3-642-76153-9_28'),
  cited: false,
};
const BISHOP: Reference = {
  authors: 'Bishop, C. M.',
  year: 2006,
  title: 'Pattern Recognition and Machine Learning',
  venue: 'Springer',
  where: '§4.3.4',
  cited: false,
};
const LECUN: Reference = {
  authors: 'LeCun, Y., Bottou, L., Bengio, Y., Haffner, P.',
  year: 1998,
  title: 'Gradient-based learning applied to document recognition',
  venue: 'Proceedings of the IEEE 86(11), 2278–2324',
  url: doi('10.1109/5.726791'),
};
const COVER: Reference = {
  authors: 'Cover, T. M., Thomas, J. A.',
  year: 2006,
  title: 'Elements of Information Theory',
  venue: 'Wiley, 2nd edition',
};
const GUO: Reference = {
  authors: 'Guo, C., Pleiss, G., Sun, Y., Weinberger, K. Q.',
  year: 2017,
  title: 'On calibration of modern neural networks',
  venue: 'ICML 2017',
  url: arxiv('1706.04599'),
};
const VASWANI: Reference = {
  authors: 'Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., et al.',
  year: 2017,
  title: 'Attention is all you need',
  venue: 'NeurIPS 2017',
  url: arxiv('1706.03762'),
};
const DAO: Reference = {
  authors: 'Dao, T., Fu, D. Y., Ermon, S., Rudra, A., Ré, C.',
  year: 2022,
  title: 'FlashAttention: fast and memory-efficient exact attention with IO-awareness',
  venue: 'NeurIPS 2022',
  url: arxiv('2205.14135'),
};
const JANG: Reference = {
  authors: 'Jang, E., Gu, S., Poole, B.',
  year: 2017,
  title: 'Categorical reparameterization with Gumbel-softmax',
  venue: 'ICLR 2017',
  url: arxiv('1611.01144'),
  cited: false,
};

/** By lesson slug (the folder name under content/lessons/<lang>/); every lesson has an entry. */
export const references: Readonly<Record<string, readonly Reference[]>> = {
  'what-is-softmax': [BRIDLE, { ...GOODFELLOW, where: '§6.2.2.3', cited: false }],
  'argmax-vs-softmax': [{ ...GOODFELLOW, where: '§6.2.2.3', cited: false }, JANG],
  temperature: [
    {
      authors: 'Hinton, G., Vinyals, O., Dean, J.',
      year: 2015,
      title: 'Distilling the knowledge in a neural network',
      venue: 'NIPS 2014 Deep Learning Workshop',
      url: arxiv('1503.02531'),
      cited: false,
    },
    {
      authors: 'Jaynes, E. T.',
      year: 1957,
      title: 'Information theory and statistical mechanics',
      venue: 'Physical Review 106(4), 620–630',
      url: doi('10.1103/PhysRev.106.620'),
      cited: false,
    },
  ],
  'classifier-output': [{ ...LECUN, cited: false }, BISHOP, { ...COVER, cited: false }],
  derivative: [
    { ...GOODFELLOW, where: 'chapter 6' },
    {
      authors: 'Gao, B., Pavel, L.',
      year: 2017,
      title:
        'On the properties of the softmax function with application in game theory and reinforcement learning',
      venue: 'arXiv preprint',
      url: arxiv('1704.00805'),
      cited: false,
    },
  ],
  'computing-safely': [
    {
      authors: 'IEEE',
      year: 2019,
      title: 'IEEE Standard for Floating-Point Arithmetic (IEEE 754-2019)',
      venue: 'IEEE Std 754-2019',
      url: doi('10.1109/IEEESTD.2019.8766229'),
    },
    {
      authors: 'Blanchard, P., Higham, D. J., Higham, N. J.',
      year: 2021,
      title: 'Accurately computing the log-sum-exp and softmax functions',
      venue: 'IMA Journal of Numerical Analysis 41(4), 2311–2330',
      url: doi('10.1093/imanum/draa038'),
      cited: false,
    },
    {
      authors: 'Micikevicius, P., Narang, S., Alben, J., Diamos, G., Elsen, E., Garcia, D., et al.',
      year: 2018,
      title: 'Mixed precision training',
      venue: 'ICLR 2018',
      url: arxiv('1710.03740'),
      cited: false,
    },
  ],
  'trusting-probabilities': [
    GUO,
    {
      authors: 'Kull, M., Perello-Nieto, M., Kängsepp, M., Silva Filho, T., Song, H., Flach, P.',
      year: 2019,
      title:
        'Beyond temperature scaling: obtaining well-calibrated multi-class probabilities with Dirichlet calibration',
      venue: 'NeurIPS 2019',
      url: arxiv('1910.12656'),
    },
    {
      authors:
        'Minderer, M., Djolonga, J., Romijnders, R., Hubis, F., Zhai, X., Houlsby, N., et al.',
      year: 2021,
      title: 'Revisiting the calibration of modern neural networks',
      venue: 'NeurIPS 2021',
      url: arxiv('2106.07998'),
    },
    {
      authors: 'Brier, G. W.',
      year: 1950,
      title: 'Verification of forecasts expressed in terms of probability',
      venue: 'Monthly Weather Review 78(1), 1–3',
    },
  ],
  'multi-label': [
    {
      authors: 'Szegedy, C., Vanhoucke, V., Ioffe, S., Shlens, J., Wojna, Z.',
      year: 2016,
      title: 'Rethinking the Inception architecture for computer vision',
      venue: 'CVPR 2016',
      url: arxiv('1512.00567'),
    },
    {
      authors: 'Müller, R., Kornblith, S., Hinton, G.',
      year: 2019,
      title: 'When does label smoothing help?',
      venue: 'NeurIPS 2019',
      url: arxiv('1906.02629'),
    },
    {
      authors: 'Mahajan, D., Girshick, R., Ramanathan, V., He, K., Paluri, M., Li, Y., et al.',
      year: 2018,
      title: 'Exploring the limits of weakly supervised pretraining',
      venue: 'ECCV 2018',
      url: arxiv('1805.00932'),
    },
    COVER,
  ],
  'reinforcement-learning': [
    {
      authors: 'Sutton, R. S., Barto, A. G.',
      year: 2018,
      title: 'Reinforcement Learning: An Introduction',
      venue: 'MIT Press, 2nd edition',
      url: 'http://incompleteideas.net/book/the-book-2nd.html',
      where: 'chapters 2 and 13',
    },
    {
      authors: 'Williams, R. J., Peng, J.',
      year: 1991,
      title: 'Function optimization using connectionist reinforcement learning algorithms',
      venue: 'Connection Science 3(3), 241–268',
      url: doi('10.1080/09540099108946587'),
    },
    {
      authors: 'Mnih, V., Badia, A. P., Mirza, M., Graves, A., Lillicrap, T., Harley, T., et al.',
      year: 2016,
      title: 'Asynchronous methods for deep reinforcement learning',
      venue: 'ICML 2016',
      url: arxiv('1602.01783'),
    },
    {
      authors: 'Haarnoja, T., Tang, H., Abbeel, P., Levine, S.',
      year: 2017,
      title: 'Reinforcement learning with deep energy-based policies',
      venue: 'ICML 2017',
      url: arxiv('1702.08165'),
    },
    {
      authors: 'Nota, C., Thomas, P. S.',
      year: 2020,
      title: 'Is the policy gradient a gradient?',
      venue: 'AAMAS 2020',
      url: arxiv('1906.07073'),
    },
  ],
  attention: [
    VASWANI,
    {
      authors: 'Bahdanau, D., Cho, K., Bengio, Y.',
      year: 2015,
      title: 'Neural machine translation by jointly learning to align and translate',
      venue: 'ICLR 2015',
      url: arxiv('1409.0473'),
      cited: false,
    },
    {
      authors: 'Nadaraya, E. A.',
      year: 1964,
      title: 'On estimating regression',
      venue: 'Theory of Probability and Its Applications 9(1), 141–142',
      url: doi('10.1137/1109020'),
    },
    {
      authors: 'Watson, G. S.',
      year: 1964,
      title: 'Smooth regression analysis',
      venue: 'Sankhyā, Series A 26(4), 359–372',
    },
    { ...DAO, cited: false },
  ],
  'next-token': [
    {
      authors: 'Holtzman, A., Buys, J., Du, L., Forbes, M., Choi, Y.',
      year: 2020,
      title: 'The curious case of neural text degeneration',
      venue: 'ICLR 2020',
      url: arxiv('1904.09751'),
      cited: false,
    },
    {
      authors: 'Fan, A., Lewis, M., Dauphin, Y.',
      year: 2018,
      title: 'Hierarchical neural story generation',
      venue: 'ACL 2018',
      url: arxiv('1805.04833'),
      cited: false,
    },
    JANG,
  ],
  'online-softmax': [
    {
      authors: 'Milakov, M., Gimelshein, N.',
      year: 2018,
      title: 'Online normalizer calculation for softmax',
      venue: 'arXiv preprint',
      url: arxiv('1805.02867'),
    },
    DAO,
    {
      authors: 'Rabe, M. N., Staats, C.',
      year: 2021,
      title: 'Self-attention does not need O(n²) memory',
      venue: 'arXiv preprint',
      url: arxiv('2112.05682'),
      cited: false,
    },
  ],
  'softmax-regression': [
    { ...LECUN, cited: false },
    { ...BISHOP, cited: false },
    { ...GUO, cited: false },
  ],
};
