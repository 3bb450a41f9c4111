/* gr-chart.c — a chart's data, its layout, and the painter that runs the parts
 *
 * Copyright 2026 The Guarantor authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gr-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

static void
series_free (gpointer data)
{
  GrSeries *series = data;

  g_free (series->name);
  g_free (series->key);
  g_array_unref (series->values);
  g_free (series);
}

static void
band_clear (gpointer data)
{
  g_free (((GrBand *) data)->label);
}

static void
gap_clear (gpointer data)
{
  g_free (((GrGap *) data)->label);
  g_free (((GrGap *) data)->short_label);
}

static void
hit_clear (gpointer data)
{
  g_free (((GrHit *) data)->text);
}

GrChart *
gr_chart_new (const char *title)
{
  GrChart *self = g_new0 (GrChart, 1);

  self->title = g_strdup (title);
  self->highlight = -1;
  self->unit = GR_CHART_UNIT_COUNT;
  self->style.text_scale = 1;
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->bands = g_array_new (FALSE, TRUE, sizeof (GrBand));
  g_array_set_clear_func (self->bands, band_clear);
  self->gaps = g_array_new (FALSE, TRUE, sizeof (GrGap));
  g_array_set_clear_func (self->gaps, gap_clear);
  self->intervals = g_array_new (FALSE, TRUE, sizeof (GrInterval));
  self->hits = g_array_new (FALSE, TRUE, sizeof (GrHit));
  g_array_set_clear_func (self->hits, hit_clear);
  self->texts = g_array_new (FALSE, TRUE, sizeof (GrHit));
  g_array_set_clear_func (self->texts, hit_clear);
  self->range_marks = g_array_new (FALSE, TRUE, sizeof (GrRangeMark));
  return self;
}

void
gr_chart_free (GrChart *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->source);
  g_free (self->value_label);
  g_free (self->category_label);
  g_free (self->empty_message);
  g_free (self->summary);
  g_free (self->highlight_note);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_array_unref (self->bands);
  g_array_unref (self->gaps);
  g_array_unref (self->intervals);
  g_array_unref (self->hits);
  g_array_unref (self->texts);
  g_array_unref (self->range_marks);
  g_free (self);
}

/* Doubles that are both NAN (no value) count as equal. */
static gboolean
numbers_equal (double a,
               double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static gboolean
series_equal (const GrSeries *a,
              const GrSeries *b)
{
  if (a->kind != b->kind || g_strcmp0 (a->name, b->name) != 0 || a->group != b->group ||
      g_strcmp0 (a->key, b->key) != 0 ||
      a->colour.r != b->colour.r || a->colour.g != b->colour.g || a->colour.b != b->colour.b ||
      a->fill != b->fill || a->marker != b->marker || a->labelled != b->labelled ||
      a->values->len != b->values->len)
    return FALSE;
  for (guint i = 0; i < a->values->len; i++)
    if (!numbers_equal (g_array_index (a->values, double, i), g_array_index (b->values, double, i)))
      return FALSE;
  return TRUE;
}

gboolean
gr_chart_equal (const GrChart *a,
                const GrChart *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->title, b->title) != 0 || g_strcmp0 (a->subtitle, b->subtitle) != 0 ||
      g_strcmp0 (a->source, b->source) != 0 || g_strcmp0 (a->value_label, b->value_label) != 0 ||
      g_strcmp0 (a->category_label, b->category_label) != 0 ||
      g_strcmp0 (a->empty_message, b->empty_message) != 0 ||
      g_strcmp0 (a->summary, b->summary) != 0 ||
      g_strcmp0 (a->highlight_note, b->highlight_note) != 0 ||
      a->highlight != b->highlight || a->orientation != b->orientation || a->unit != b->unit ||
      a->fixed_range != b->fixed_range || !numbers_equal (a->range_min, b->range_min) ||
      !numbers_equal (a->range_max, b->range_max) ||
      a->style.theme != b->style.theme || a->style.text_scale != b->style.text_scale ||
      a->style.whole_source != b->style.whole_source ||
      a->categories->len != b->categories->len || a->series->len != b->series->len ||
      a->bands->len != b->bands->len || a->gaps->len != b->gaps->len ||
      a->intervals->len != b->intervals->len)
    return FALSE;
  for (guint i = 0; i < a->categories->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->categories, i), g_ptr_array_index (b->categories, i)) != 0)
      return FALSE;
  for (guint i = 0; i < a->series->len; i++)
    if (!series_equal (g_ptr_array_index (a->series, i), g_ptr_array_index (b->series, i)))
      return FALSE;
  for (guint i = 0; i < a->bands->len; i++)
    {
      const GrBand *x = &g_array_index (a->bands, GrBand, i);
      const GrBand *y = &g_array_index (b->bands, GrBand, i);

      if (!numbers_equal (x->low, y->low) || !numbers_equal (x->high, y->high) ||
          g_strcmp0 (x->label, y->label) != 0)
        return FALSE;
    }
  for (guint i = 0; i < a->gaps->len; i++)
    {
      const GrGap *x = &g_array_index (a->gaps, GrGap, i);
      const GrGap *y = &g_array_index (b->gaps, GrGap, i);

      if (x->category != y->category || !numbers_equal (x->from, y->from) ||
          !numbers_equal (x->to, y->to) || g_strcmp0 (x->label, y->label) != 0 ||
          g_strcmp0 (x->short_label, y->short_label) != 0)
        return FALSE;
    }
  for (guint i = 0; i < a->intervals->len; i++)
    {
      const GrInterval *x = &g_array_index (a->intervals, GrInterval, i);
      const GrInterval *y = &g_array_index (b->intervals, GrInterval, i);

      if (x->series != y->series || x->category != y->category ||
          !numbers_equal (x->low, y->low) || !numbers_equal (x->high, y->high))
        return FALSE;
    }
  return TRUE;
}

void
gr_chart_set_subtitle (GrChart    *self,
                       const char *subtitle)
{
  g_return_if_fail (self != NULL);
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

void
gr_chart_set_source (GrChart    *self,
                     const char *source)
{
  g_return_if_fail (self != NULL);
  g_free (self->source);
  self->source = g_strdup (source);
}

void
gr_chart_set_orientation (GrChart            *self,
                          GrChartOrientation  orientation)
{
  g_return_if_fail (self != NULL);
  self->orientation = orientation;
}

void
gr_chart_set_value_axis (GrChart     *self,
                         const char  *axis_label,
                         GrChartUnit  unit)
{
  g_return_if_fail (self != NULL);
  g_free (self->value_label);
  self->value_label = g_strdup (axis_label);
  self->unit = unit;
}

void
gr_chart_set_value_range (GrChart *self,
                          double   min,
                          double   max)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (min < max);
  self->fixed_range = TRUE;
  self->range_min = min;
  self->range_max = max;
}

void
gr_chart_set_category_axis (GrChart    *self,
                            const char *axis_label)
{
  g_return_if_fail (self != NULL);
  g_free (self->category_label);
  self->category_label = g_strdup (axis_label);
}

static void
pad_values (GrSeries *series,
            guint     n)
{
  double nan = NAN;

  while (series->values->len < n)
    g_array_append_val (series->values, nan);
}

void
gr_chart_add_category (GrChart    *self,
                       const char *label)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_add (self->categories, g_strdup (label));
  for (guint s = 0; s < self->series->len; s++)
    pad_values (g_ptr_array_index (self->series, s), self->categories->len);
}

void
gr_chart_set_empty_message (GrChart    *self,
                            const char *message)
{
  g_return_if_fail (self != NULL);
  g_free (self->empty_message);
  self->empty_message = g_strdup (message);
}

void
gr_chart_set_summary (GrChart    *self,
                      const char *summary)
{
  g_return_if_fail (self != NULL);
  g_free (self->summary);
  self->summary = g_strdup (summary);
}

guint
gr_chart_add_series (GrChart      *self,
                     GrSeriesKind  kind,
                     const char   *name,
                     int           group)
{
  GrSeries *series;
  static const GrFill fills[] = { GR_FILL_SOLID, GR_FILL_HATCH, GR_FILL_DOTS,
                                  GR_FILL_CROSSHATCH, GR_FILL_LIGHT };
  static const GrMarker markers[] = { GR_MARKER_CIRCLE, GR_MARKER_SQUARE, GR_MARKER_TRIANGLE,
                                      GR_MARKER_DIAMOND, GR_MARKER_CROSS };

  g_return_val_if_fail (self != NULL, 0);

  series = g_new0 (GrSeries, 1);
  series->kind = kind;
  series->name = g_strdup (name);
  series->group = group;
  series->values = g_array_new (FALSE, FALSE, sizeof (double));
  /* Defaults pair each colour with its own pattern and marker. */
  series->colour = gr_palette_category (self->series->len);
  series->fill = fills[self->series->len % G_N_ELEMENTS (fills)];
  series->marker = markers[self->series->len % G_N_ELEMENTS (markers)];
  pad_values (series, self->categories->len);
  g_ptr_array_add (self->series, series);
  return self->series->len - 1;
}

void
gr_chart_series_set_value (GrChart *self,
                           guint    series,
                           guint    category,
                           double   value)
{
  GrSeries *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  s = g_ptr_array_index (self->series, series);
  pad_values (s, category + 1);
  g_array_index (s->values, double, category) = value;
}

/* The category of @chart labelled @label, or failing that the one whose
 * first line is @label's (the lines after it may give figures that differ
 * between two scenarios: "Attack drones\n1,000 launched"); −1 for none. */
static int
find_category (const GrChart *chart,
               const char    *label)
{
  gsize head;

  if (label == NULL)
    return -1;
  head = strcspn (label, "\n");
  for (guint o = 0; o < chart->categories->len; o++)
    if (g_strcmp0 (g_ptr_array_index (chart->categories, o), label) == 0)
      return o;
  for (guint o = 0; o < chart->categories->len; o++)
    {
      const char *other = g_ptr_array_index (chart->categories, o);

      if (other != NULL && strcspn (other, "\n") == head && strncmp (other, label, head) == 0)
        return o;
    }
  return -1;
}

/* Whether @part of the other chart is drawn in the ghost of @match: the
 * series itself, or another part of its stack. */
static gboolean
ghost_part (const GrSeries *match,
            const GrSeries *part)
{
  return part == match || (match->kind == GR_SERIES_BAR && part->kind == GR_SERIES_BAR
                           && part->group == match->group);
}

void
gr_chart_add_ghost (GrChart       *self,
                    const GrChart *other,
                    const char    *name)
{
  const GrSeries *first = NULL;
  const GrSeries *match = NULL;
  guint parts = 0;
  gboolean keyed = FALSE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  for (guint s = 0; s < self->series->len && first == NULL; s++)
    {
      const GrSeries *series = g_ptr_array_index (self->series, s);

      if (series->kind == GR_SERIES_BAR || series->kind == GR_SERIES_LINE)
        first = series;
    }
  for (guint s = 0; first != NULL && s < other->series->len && match == NULL; s++)
    {
      const GrSeries *series = g_ptr_array_index (other->series, s);

      if (series->kind == first->kind && g_strcmp0 (series->name, first->name) == 0)
        match = series;
    }
  if (match == NULL)
    return;

  /* A line, a lone bar, or each part of B's stack (so that B's split
   * shows too, say covered and not), named in the legend once. */
  for (guint s = 0; s < other->series->len; s++)
    parts += ghost_part (match, g_ptr_array_index (other->series, s));
  for (guint s = 0; s < other->series->len; s++)
    {
      const GrSeries *part = g_ptr_array_index (other->series, s);
      g_autofree char *part_name = NULL;
      GrSeries *ghost;
      guint index;

      if (!ghost_part (match, part))
        continue;
      if (parts > 1)
        part_name = g_strdup_printf ("%s — %s", name, part->name);
      index = gr_chart_add_series (self, first->kind, parts > 1 ? part_name : name,
                                   first->kind == GR_SERIES_BAR
                                   ? GR_CHART_GHOST_GROUP (first->group) : first->group);
      ghost = g_ptr_array_index (self->series, index);
      if (parts > 1)
        ghost->key = g_strdup (keyed ? "" : name);
      keyed = TRUE;
      ghost->colour = GR_RGB_BLACK;
      ghost->fill = GR_FILL_GHOST;
      ghost->marker = GR_MARKER_DIAMOND;
      ghost->labelled = first->labelled;
      /* By category label: the two scenarios may list different items. */
      for (guint c = 0; c < self->categories->len; c++)
        {
          int o = find_category (other, g_ptr_array_index (self->categories, c));
          double v = o >= 0 && (guint) o < part->values->len
                     ? g_array_index (part->values, double, o) : NAN;

          pad_values (ghost, c + 1);
          g_array_index (ghost->values, double, c) = v;
        }
    }
}

void
gr_chart_series_set_interval (GrChart *self,
                              guint    series,
                              guint    category,
                              double   low,
                              double   high)
{
  GrInterval interval = { series, category, MIN (low, high), MAX (low, high) };

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  if (!isfinite (low) || !isfinite (high))
    return;
  g_array_append_val (self->intervals, interval);
}

void
gr_chart_series_set_values (GrChart      *self,
                            guint         series,
                            const double *values,
                            guint         n_values)
{
  for (guint i = 0; i < n_values; i++)
    gr_chart_series_set_value (self, series, i, values[i]);
}

void
gr_chart_series_set_look (GrChart  *self,
                          guint     series,
                          GrRgb     colour,
                          GrFill    fill,
                          GrMarker  marker)
{
  GrSeries *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  s = g_ptr_array_index (self->series, series);
  s->colour = colour;
  s->fill = fill;
  s->marker = marker;
}

void
gr_chart_series_set_labelled (GrChart  *self,
                              guint     series,
                              gboolean  labelled)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  ((GrSeries *) g_ptr_array_index (self->series, series))->labelled = labelled;
}

void
gr_chart_add_band (GrChart    *self,
                   double      low,
                   double      high,
                   const char *label)
{
  GrBand band = { MIN (low, high), MAX (low, high), g_strdup (label) };

  g_return_if_fail (self != NULL);
  g_array_append_val (self->bands, band);
}

void
gr_chart_add_reference (GrChart    *self,
                        double      value,
                        const char *label)
{
  gr_chart_add_band (self, value, value, label);
}

void
gr_chart_add_gap (GrChart    *self,
                  guint       category,
                  double      from,
                  double      to,
                  const char *label)
{
  gr_chart_add_gap_full (self, category, from, to, label, NULL);
}

void
gr_chart_add_gap_full (GrChart    *self,
                       guint       category,
                       double      from,
                       double      to,
                       const char *label,
                       const char *short_label)
{
  GrGap gap = { category, from, to, g_strdup (label), g_strdup (short_label) };

  g_return_if_fail (self != NULL);
  g_array_append_val (self->gaps, gap);
}

void
gr_chart_set_highlight (GrChart    *self,
                        guint       category,
                        const char *note)
{
  g_return_if_fail (self != NULL);
  self->highlight = (int) category;
  g_free (self->highlight_note);
  self->highlight_note = g_strdup (note);
}

void
gr_chart_set_style (GrChart            *self,
                    const GrChartStyle *style)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (style != NULL);
  self->style = *style;
  if (!(self->style.text_scale > 0))
    self->style.text_scale = 1;
}

void
gr_chart_get_style (GrChart      *self,
                    GrChartStyle *style)
{
  g_return_if_fail (self != NULL);
  *style = self->style;
}

const char *
gr_chart_get_source (GrChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

const char *
gr_chart_get_title (GrChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

gboolean
gr_chart_is_empty (GrChart *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (self->categories->len == 0)
    return TRUE;
  for (guint s = 0; s < self->series->len; s++)
    {
      GrSeries *series = g_ptr_array_index (self->series, s);

      for (guint c = 0; c < series->values->len && c < self->categories->len; c++)
        if (isfinite (g_array_index (series->values, double, c)))
          return FALSE;
    }
  return TRUE;
}

char *
gr_chart_format_value (GrChart *self,
                       double   value)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->unit)
    {
    case GR_CHART_UNIT_USD:
      return gr_format_money (value, GR_CURRENCY_USD);
    case GR_CHART_UNIT_EUR:
      return gr_format_money (value, GR_CURRENCY_EUR);
    case GR_CHART_UNIT_PERCENT:
      return gr_format_percent (value, value != 0 && fabs (value) < 0.1 ? 1 : 0);
    case GR_CHART_UNIT_SCORE:
      return gr_format_number (value, 2);
    case GR_CHART_UNIT_COUNT:
    default:
      return gr_format_count (value);
    }
}

gboolean
gr_chart_query (GrChart  *self,
                double    x,
                double    y,
                char    **tooltip_text)
{
  g_return_val_if_fail (self != NULL, FALSE);

  /* Last drawn is on top. */
  for (guint i = self->hits->len; i > 0; i--)
    {
      GrHit *hit = &g_array_index (self->hits, GrHit, i - 1);

      if (x >= hit->rect.x && x <= hit->rect.x + hit->rect.width &&
          y >= hit->rect.y && y <= hit->rect.y + hit->rect.height)
        {
          if (tooltip_text != NULL)
            *tooltip_text = g_strdup (hit->text);
          return TRUE;
        }
    }
  return FALSE;
}

guint
gr_chart_get_n_texts (GrChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->texts->len;
}

const char *
gr_chart_get_text (GrChart           *self,
                   guint              index,
                   cairo_rectangle_t *box)
{
  const GrHit *text;

  g_return_val_if_fail (self != NULL && index < self->texts->len, NULL);

  text = &g_array_index (self->texts, GrHit, index);
  if (box != NULL)
    *box = text->rect;
  return text->text;
}

guint
gr_chart_get_n_ranges (GrChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->range_marks->len;
}

gboolean
gr_chart_get_range (GrChart           *self,
                    guint              index,
                    cairo_rectangle_t *box)
{
  const GrRangeMark *mark;

  g_return_val_if_fail (self != NULL && index < self->range_marks->len, FALSE);

  mark = &g_array_index (self->range_marks, GrRangeMark, index);
  if (box != NULL)
    *box = mark->rect;
  return mark->whisker;
}

gboolean
gr_chart_get_plot_area (GrChart           *self,
                        cairo_rectangle_t *area,
                        double            *value_min,
                        double            *value_max)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_plot)
    return FALSE;
  if (area != NULL)
    *area = self->plot;
  if (value_min != NULL)
    *value_min = self->axis_min;
  if (value_max != NULL)
    *value_max = self->axis_max;
  return TRUE;
}

static void
append_sentence (GString    *out,
                 const char *text)
{
  gsize len;

  if (text == NULL || *text == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
  len = strlen (text);
  if (!g_strrstr (".!?", (char[]) { text[len - 1], '\0' }))
    g_string_append_c (out, '.');
}

/* Category labels break lines for the picture ("Zone\nnot sustainable");
 * read aloud, the break is a comma. */
static char *
spoken_label (GrChart *self,
              guint    category)
{
  g_auto(GStrv) lines = g_strsplit (g_ptr_array_index (self->categories, category), "\n", -1);

  return g_strjoinv (", ", lines);
}

char *
gr_chart_describe (GrChart *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  append_sentence (out, self->title);
  append_sentence (out, self->subtitle);

  if (gr_chart_is_empty (self))
    {
      append_sentence (out, _("No data to show"));
      append_sentence (out, self->empty_message);
    }
  else
    {
      for (guint c = 0; c < self->categories->len; c++)
        {
          g_autofree char *category = spoken_label (self, c);
          g_autoptr(GString) item = g_string_new (category);
          gboolean first = TRUE;

          g_string_append (item, ": ");
          for (guint s = 0; s < self->series->len; s++)
            {
              GrSeries *series = g_ptr_array_index (self->series, s);
              double value = g_array_index (series->values, double, c);
              g_autofree char *text = NULL;

              if (!isfinite (value))
                continue;
              text = gr_chart_format_value (self, value);
              g_string_append_printf (item, "%s%s %s", first ? "" : "; ", series->name, text);
              first = FALSE;
            }
          if ((int) c == self->highlight && self->highlight_note != NULL)
            g_string_append_printf (item, " (%s)", self->highlight_note);
          if (!first)
            append_sentence (out, item->str);
        }
      for (guint i = 0; i < self->bands->len; i++)
        append_sentence (out, g_array_index (self->bands, GrBand, i).label);
      for (guint i = 0; i < self->gaps->len; i++)
        {
          GrGap *gap = &g_array_index (self->gaps, GrGap, i);
          g_autofree char *category = NULL;
          g_autofree char *item = NULL;

          if (gap->category >= self->categories->len || gap->label == NULL)
            continue;
          category = spoken_label (self, gap->category);
          item = g_strdup_printf ("%s: %s", category, gap->label);
          append_sentence (out, item);
        }
    }
  append_sentence (out, self->summary);
  if (self->source != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Source: %s"), self->source);

      append_sentence (out, line);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
