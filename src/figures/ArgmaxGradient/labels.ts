import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The slope of argmax is zero; the slope of softmax becomes a spike',
  desc: 'Slope of the probability of class {n} along its own logit, as logit {n} goes from {from} to {to} with the other logits fixed at {others}. Argmax’s one-hot answer has slope 0 everywhere except at {threshold}, where it jumps and has no derivative. The softmax slope σ(1 − σ)/T is drawn at temperatures {ts}: its peaks are {peaks}, each taller and narrower as T shrinks, while the area under every curve stays about 1 (the total rise of the probability from 0 to 1).',
  caption:
    'Where argmax has a derivative, it is 0 (thick line on the axis); at the jump (open circle) it has none. Softmax at temperature T has slope σ(1 − σ)/T, with peak 1/(4T) and area about 1: as T → 0 it concentrates at the jump instead of tending to argmax’s zero.',
  xAxis: 'logit {n}',
  yAxis: 'slope ∂σ{n}/∂z{n}',
  curve: 'T = {t} · peak {peak}',
  argmax: 'argmax: 0',
  tableT: 'Temperature T',
  tablePeak: 'Peak 1/(4T)',
  tableAt: 'At logit {n} =',
  tableArea: 'Area',
};
export type ArgmaxGradientLabels = typeof en;

const pt = {
  title: 'A inclinação do argmax é zero; a da softmax vira um pico',
  desc: 'Inclinação da probabilidade da classe {n} em função do seu próprio logito, enquanto o logito {n} vai de {from} a {to}, com os outros logitos fixos em {others}. A resposta one-hot do argmax tem inclinação 0 em toda parte, exceto em {threshold}, onde salta e não tem derivada. A inclinação da softmax, σ(1 − σ)/T, aparece nas temperaturas {ts}: seus picos valem {peaks}, cada um mais alto e mais estreito à medida que T diminui, enquanto a área sob cada curva continua perto de 1 (a subida total da probabilidade, de 0 a 1).',
  caption:
    'Onde o argmax tem derivada, ela vale 0 (linha grossa sobre o eixo); no salto (círculo vazado), não existe. A softmax na temperatura T tem inclinação σ(1 − σ)/T, com pico 1/(4T) e área perto de 1: quando T → 0, ela se concentra no salto em vez de tender ao zero do argmax.',
  xAxis: 'logito {n}',
  yAxis: 'inclinação ∂σ{n}/∂z{n}',
  curve: 'T = {t} · pico {peak}',
  argmax: 'argmax: 0',
  tableT: 'Temperatura T',
  tablePeak: 'Pico 1/(4T)',
  tableAt: 'No logito {n} =',
  tableArea: 'Área',
} satisfies ArgmaxGradientLabels;

const ru = {
  title: 'Наклон argmax равен нулю, а наклон softmax превращается в пик',
  desc: 'Наклон вероятности класса {n} вдоль его собственного логита, когда логит {n} меняется от {from} до {to}, а остальные логиты равны {others}. У one-hot-ответа argmax наклон равен 0 всюду, кроме точки {threshold}: там он делает скачок и производной не имеет. Наклон softmax σ(1 − σ)/T показан при температурах {ts}: его пики равны {peaks}, и с уменьшением T каждый следующий выше и уже, а площадь под каждой кривой остаётся близкой к 1 (полный рост вероятности от 0 до 1).',
  caption:
    'Там, где у argmax есть производная, она равна 0 (жирная линия на оси); в точке скачка (пустой кружок) её нет. У softmax при температуре T наклон σ(1 − σ)/T, пик 1/(4T), площадь около 1: при T → 0 он собирается в точке скачка, а не стремится к нулю, как у argmax.',
  xAxis: 'логит {n}',
  yAxis: 'наклон ∂σ{n}/∂z{n}',
  curve: 'T = {t} · пик {peak}',
  argmax: 'argmax: 0',
  tableT: 'Температура T',
  tablePeak: 'Пик 1/(4T)',
  tableAt: 'При логите {n} =',
  tableArea: 'Площадь',
} satisfies ArgmaxGradientLabels;

export const labels: Readonly<Record<Lang, ArgmaxGradientLabels>> = { en, pt, ru };
