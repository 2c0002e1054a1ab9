import type { Position, Team } from '../../../contracts/org';

export type TeamItem = Pick<Team, 'id' | 'nameZh' | 'nameEn' | 'trade' | 'memberCount'>;
export type PositionOption = Pick<Position, 'id' | 'titleZh' | 'titleEn'>;
