import type { Answer } from '../../api/paths';

export type Employee = Answer<'/employees/{id}'>;
export type TeamItem = Answer<'/teams'>['items'][number];
export type PositionOption = Pick<Answer<'/positions'>['items'][number], 'id' | 'titleZh' | 'titleEn'>;
