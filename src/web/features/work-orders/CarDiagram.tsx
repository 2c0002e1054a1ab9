import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIAGRAM_VIEWBOX, DIAGRAM_ZONES, placeMarks } from '../../../domain/work-orders/car-diagram';

interface Props {
  marks: { area: string; kind?: string }[];
  /** A click (or Enter / Space) on a zone adds a mark there. */
  onAdd?: (area: string) => void;
}

/**
 * 环车检查 car diagram: a top view (front at the top) drawn inline, no online assets. Each zone is a button that
 * adds a damage mark there; marks show as numbered dots matching the list below, so nothing is said by colour alone.
 */
export function CarDiagram({ marks, onAdd }: Props) {
  const { t } = useTranslation();
  const placed = placeMarks(marks);
  const key = (e: KeyboardEvent, area: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onAdd?.(area);
  };
  return (
    <svg
      viewBox={`0 0 ${DIAGRAM_VIEWBOX.width} ${DIAGRAM_VIEWBOX.height}`}
      width={150}
      height={300}
      aria-label={t('wo.diagram')}
      data-testid="car-diagram"
      style={{ display: 'block', margin: '0 auto 8px' }}
    >
      <title>{t('wo.diagram')}</title>
      <rect x={18} y={4} width={84} height={232} rx={26} fill="#fafafa" stroke="#595959" strokeWidth={1.5} />
      <rect x={4} y={40} width={12} height={26} rx={3} fill="#8c8c8c" />
      <rect x={104} y={40} width={12} height={26} rx={3} fill="#8c8c8c" />
      <rect x={4} y={176} width={12} height={26} rx={3} fill="#8c8c8c" />
      <rect x={104} y={176} width={12} height={26} rx={3} fill="#8c8c8c" />
      {DIAGRAM_ZONES.map((z) => {
        const label = t(`wo.areas.${z.key}`);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it has the role, focus and keys of one
          <rect
            key={z.key}
            x={z.x}
            y={z.y}
            width={z.w}
            height={z.h}
            rx={3}
            fill="#e6f4ff"
            stroke="#1677ff"
            strokeWidth={0.8}
            role="button"
            tabIndex={onAdd ? 0 : -1}
            aria-label={t('wo.addDamageAt', { area: label })}
            style={{ cursor: onAdd ? 'pointer' : 'default' }}
            onClick={() => onAdd?.(z.zh)}
            onKeyDown={(e) => key(e, z.zh)}
            data-testid={`zone-${z.key}`}
          >
            <title>{label}</title>
          </rect>
        );
      })}
      {placed.map(({ n, at }) =>
        at ? (
          <g key={n} pointerEvents="none">
            <circle cx={at.x} cy={at.y} r={5} fill="#a8071a" />
            <text x={at.x} y={at.y + 2.5} fontSize={7} textAnchor="middle" fill="#fff">
              {n}
            </text>
          </g>
        ) : null,
      )}
    </svg>
  );
}
